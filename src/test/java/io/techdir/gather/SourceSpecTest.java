package io.techdir.gather;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SourceSpecTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            csv:data/samples/hellowork                                  | csv           | data/samples/hellowork | {}
            CSV:jobs.csv?mapping=hellowork&source=hw&delimiter=;        | csv           | jobs.csv               | {mapping=hellowork, source=hw, delimiter=;}
            francetravail:data/samples/francetravail                    | francetravail | data/samples/francetravail | {}
            francetravail:/tmp/offres.json?source=ft                    | francetravail | /tmp/offres.json       | {source=ft}
            csv:C:/exports/x.csv                                        | csv           | C:/exports/x.csv       | {}
            """)
    void parsesKindLocationAndOptionsInOrder(String text, String kind, String location,
            String options) {
        SourceSpec spec = SourceSpec.parse(text);
        assertEquals(kind, spec.kind());
        assertEquals(location, spec.location());
        assertEquals(options, spec.options().toString());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            csv:data/samples/hellowork
            csv:jobs.csv?mapping=hellowork&source=hw&delimiter=;
            francetravail:/tmp/offres.json?source=ft
            csv:x.csv?delimiter=tab&encoding=windows-1252
            """)
    void roundTripsThroughItsTextForm(String text) {
        SourceSpec spec = SourceSpec.parse(text);
        assertEquals(text, spec.toString());
        assertEquals(spec, SourceSpec.parse(spec.toString()));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            xml:data/x.xml
            csv:
            csv:?mapping=hellowork
            data/x.csv
            :data/x.csv
            ''
            """)
    void rejectsUnknownKindOrEmptyLocation(String text) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SourceSpec.parse(text));
        assertEquals("bad --source '" + text
                + "'; expected KIND:LOCATION with KIND one of csv, francetravail, francetravail-api, html, web", e.getMessage());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            csv:x.csv?map=hellowork          | bad --source 'csv:x.csv?map=hellowork': unknown option 'map'; expected one of mapping, source, delimiter, encoding
            francetravail:x?mapping=a        | bad --source 'francetravail:x?mapping=a': unknown option 'mapping'; expected one of source
            csv:x.csv?mapping                | bad --source 'csv:x.csv?mapping': option 'mapping'; expected NAME=VALUE with NAME one of mapping, source, delimiter, encoding
            csv:x.csv?source=a&source=b      | bad --source 'csv:x.csv?source=a&source=b': repeated option 'source'; expected each option once
            """)
    void rejectsBadOptionsNamingThem(String text, String message) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SourceSpec.parse(text));
        assertEquals(message, e.getMessage());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            csv:x.csv?mapping=nosuch          | bad --source 'csv:x.csv?mapping=nosuch': unknown mapping 'nosuch'; expected one of glassdoor, hellowork, none, or a path ending in .properties
            csv:x.csv?delimiter=ab            | bad --source 'csv:x.csv?delimiter=ab': delimiter 'ab'; expected one character such as ; or , (or tab)
            csv:x.csv?encoding=klingon-8      | bad --source 'csv:x.csv?encoding=klingon-8': encoding 'klingon-8'; expected a charset such as UTF-8 or windows-1252
            csv:x.csv?source=Hello Work       | bad --source 'csv:x.csv?source=Hello Work': source 'Hello Work'; expected a lower-case name such as hellowork
            francetravail:x?source=FT         | bad --source 'francetravail:x?source=FT': source 'FT'; expected a lower-case name such as francetravail
            """)
    void readerFactoryRejectsBadOptionValues(String text, String message) {
        SourceSpec spec = SourceSpec.parse(text);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SourceReaders.forSpec(spec));
        assertEquals(message, e.getMessage());
    }

    @org.junit.jupiter.api.Test
    void constructorChecksKindAndCopiesOptions() {
        java.util.Map<String, String> options = new java.util.LinkedHashMap<>(Map.of("source", "x"));
        SourceSpec spec = new SourceSpec("csv", "a.csv", options);
        options.put("mapping", "hellowork");
        assertEquals(Map.of("source", "x"), spec.options());
        assertEquals("bad source kind 'xml'; expected one of csv, francetravail, francetravail-api, html, web",
                assertThrows(IllegalArgumentException.class,
                        () -> new SourceSpec("xml", "a", Map.of())).getMessage());
    }
}
