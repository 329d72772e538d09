package io.techdir.posting;

import java.util.List;
import java.util.Objects;

/**
 * A normalized posting: what the normalizer makes of one {@link RawPosting}. Deduplication and
 * the baseline check add their columns in Spark (see {@link PostingSchema}); they are not part
 * of this value.
 *
 * @param postingId unique id of this input record (see {@link PostingIds})
 * @param source source name
 * @param sourceId id at the source
 * @param record provenance ({@code file:line} or URL)
 * @param url where the posting was published, or null
 * @param title cleaned title
 * @param role role classification
 * @param employer employer
 * @param location place as published (cleaned), or null
 * @param place normalized place
 * @param contractType contract type, or null when not stated
 * @param remote remote-work arrangement, or null when not stated
 * @param salaryText salary text the salary was read from (field or description excerpt)
 * @param salary normalized salary
 * @param experience normalized experience
 * @param degree normalized degree
 * @param skills skill groups asked ({@code TECHNICAL}, {@code MANAGEMENT}, ...)
 * @param datePosted ISO-8601 date ({@code yyyy-MM-dd}), or null
 * @param priorTechnicalDirector whether the text asks for prior technical-director/CTO
 *     experience (used for follow-on roles)
 */
public record Posting(
        String postingId,
        String source,
        String sourceId,
        String record,
        String url,
        String title,
        Role role,
        Employer employer,
        String location,
        Place place,
        ContractType contractType,
        RemoteWork remote,
        String salaryText,
        Salary salary,
        Experience experience,
        Degree degree,
        List<String> skills,
        String datePosted,
        boolean priorTechnicalDirector) {

    public Posting {
        Objects.requireNonNull(postingId, "postingId");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(record, "record");
        role = role == null ? Role.OTHER : role;
        employer = employer == null ? Employer.UNKNOWN : employer;
        place = place == null ? Place.UNKNOWN : place;
        salary = salary == null ? Salary.UNDISCLOSED : salary;
        experience = experience == null ? Experience.UNKNOWN : experience;
        degree = degree == null ? Degree.UNKNOWN : degree;
        skills = skills == null ? List.of() : List.copyOf(skills);
    }
}
