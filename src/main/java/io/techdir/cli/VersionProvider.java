package io.techdir.cli;

import io.techdir.job.BuildInfo;
import picocli.CommandLine.IVersionProvider;

/** {@code techdir --version}. */
final class VersionProvider implements IVersionProvider {

    @Override
    public String[] getVersion() {
        return new String[] {"techdir " + BuildInfo.version(),
            "Spark " + BuildInfo.sparkVersion() + ", POI " + BuildInfo.poiVersion() + ", Java "
                    + System.getProperty("java.version")};
    }
}
