package io.techdir.gather;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which sources of one run may not share a name: those that read their own lines of the landing zone. */
class SourceNamesTest {

    private static Optional<SourceNames.Clash> clash(String... specs) {
        return SourceNames.clash(List.of(specs).stream().map(SourceSpec::parse).toList());
    }

    @Test
    void twoListingsOfOneHostShareItsNameByDefault() {
        SourceNames.Clash c = clash("csv:a.csv", "web:https://www.jobs.example/a/", "web:https://jobs.example/b/?max-pages=3")
                .orElseThrow();
        assertEquals(List.of(1, 2, "jobs.example"), List.of(c.first(), c.second(), c.name()));
        assertEquals("web:https://jobs.example/b/?max-pages=3&source=jobs.example-2", c.renamed().toString());
    }

    @Test
    void aWebSourceNamedLikeTheApisDefaultClashesWithIt() {
        SourceNames.Clash c = clash("francetravail-api:*", "web:https://jobs.example/?source=francetravail").orElseThrow();
        assertEquals("francetravail", c.name());
        assertEquals("web:https://jobs.example/?source=francetravail-2", c.renamed().toString());
    }

    @Test
    void aProfilesSourceNameCounts() {
        // the shipped example-cards profile names its source: two boards read with it share that name
        assertEquals(Optional.empty(), clash("web:https://a.example/?profile=example-cards"));
        SourceNames.Clash c = clash("web:https://a.example/?profile=example-cards",
                "web:https://b.example/?profile=example-cards").orElseThrow();
        assertEquals(SiteProfile.load("example-cards").source(), c.name());
    }

    @Test
    void distinctNamesAndFileSourcesOfOneNameAreFine() {
        assertEquals(Optional.empty(), clash("web:https://jobs.example/a/", "web:https://jobs.example/b/?source=jobs-b",
                "francetravail-api:*", "francetravail-api:cto?source=ft-cto"));
        // two exports of one board under its name, the France Travail files beside the API, replays
        assertEquals(Optional.empty(), clash("csv:a.csv?source=board", "csv:b.csv?source=board",
                "francetravail:x.json", "francetravail-api:*", "html:raw/1?source=board", "html:raw/2?source=board"));
    }

    @Test
    void aSourceWithABadOptionIsLeftToTheRunToRefuse() {
        assertEquals(Optional.empty(), clash("web:https://jobs.example/a/", "web:https://jobs.example/b/?max-pages=x"));
    }
}
