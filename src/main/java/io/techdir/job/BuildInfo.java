package io.techdir.job;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** Versions written by the build ({@code techdir-build.properties}), for manifests and {@code --version}. */
public final class BuildInfo {

    private static final Properties PROPS = load();

    private BuildInfo() {
    }

    private static Properties load() {
        Properties p = new Properties();
        try (InputStream in = BuildInfo.class.getResourceAsStream("/techdir-build.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            // Versions unknown: reported as "unknown".
        }
        return p;
    }

    /** techdir's version. */
    public static String version() {
        return PROPS.getProperty("version", "unknown");
    }

    /** The Spark version techdir was built against. */
    public static String sparkVersion() {
        return PROPS.getProperty("spark.version", "unknown");
    }

    /** The POI version techdir was built against. */
    public static String poiVersion() {
        return PROPS.getProperty("poi.version", "unknown");
    }
}
