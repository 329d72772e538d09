package io.techdir.posting;

import java.util.Map;
import java.util.Objects;

/**
 * A posting as gathered, before any normalization: every field is the published text, or
 * {@code null} when the source has no such field. Source readers build these; the normalizer
 * reads them.
 *
 * @param source source name (lower case, e.g. {@code francetravail}, {@code hellowork},
 *     {@code glassdoor}, {@code csv}, {@code synthetic})
 * @param sourceId the posting's id at its source (with {@code source}, the posting key)
 * @param record provenance: {@code file:line}, {@code file#index} or URL
 * @param title job title as published
 * @param company employer or agency name
 * @param location place as published ("78 - Limay", "Paris (75)", "Albuquerque, NM")
 * @param postalCode postal code where the source gives one apart
 * @param country ISO 3166 alpha-2 code or a country name, or null (then the source default)
 * @param contract contract as published ("CDI", "FULL_TIME", "Freelance")
 * @param salaryText salary as published, free text
 * @param experienceText experience requirement as published ("5 An(s)", "Débutant accepté")
 * @param experienceRequirement France Travail style requirement code or word: {@code E}
 *     (exigée), {@code S} (souhaitée), {@code D} (débutant accepté), or null
 * @param educationText degree requirement as published; several requirements joined by
 *     {@code " ; "}
 * @param description the posting's full text
 * @param url where the posting was published
 * @param datePosted ISO date or date-time as published
 * @param nafCode employer NAF/APE code ("62.02A") where the source gives one
 * @param sectorLabel employer sector or industry text
 * @param companySize company size as published ("501 to 1000 employees", FT tranche)
 * @param romeCode ROME code where the source gives one ("M1801")
 * @param attributes other columns kept as extra attributes (never null; unmodifiable)
 */
public record RawPosting(
        String source,
        String sourceId,
        String record,
        String title,
        String company,
        String location,
        String postalCode,
        String country,
        String contract,
        String salaryText,
        String experienceText,
        String experienceRequirement,
        String educationText,
        String description,
        String url,
        String datePosted,
        String nafCode,
        String sectorLabel,
        String companySize,
        String romeCode,
        Map<String, String> attributes)
        implements SourceRecord {

    /**
     * The attribute holding the company's description of itself (France Travail
     * {@code entreprise.description}), where an agency posting under no name says what it is.
     */
    public static final String COMPANY_DESCRIPTION = "companyDescription";

    /**
     * The attribute a source mapping sets to name the salary periods whose amounts its export
     * cuts short (HelloWork: {@code HOUR}), as {@link SalaryPeriod#setOf} reads them.
     */
    public static final String SALARY_TRUNCATED_PERIODS = "salary_truncated_periods";

    public RawPosting {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(record, "record");
        attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
    }

    /** This posting read from another record (the same fields otherwise). */
    public RawPosting withRecord(String other) {
        return new RawPosting(source, sourceId, other, title, company, location, postalCode, country,
                contract, salaryText, experienceText, experienceRequirement, educationText,
                description, url, datePosted, nafCode, sectorLabel, companySize, romeCode, attributes);
    }

    /** Starts a builder for this source and record. */
    public static Builder builder(String source, String record) {
        return new Builder(source, record);
    }

    /** Fluent builder; fields not set stay {@code null}. */
    public static final class Builder {
        private final String source;
        private final String record;
        private String sourceId, title, company, location, postalCode, country, contract,
                salaryText, experienceText, experienceRequirement, educationText, description,
                url, datePosted, nafCode, sectorLabel, companySize, romeCode;
        private Map<String, String> attributes = Map.of();

        private Builder(String source, String record) {
            this.source = source;
            this.record = record;
        }

        public Builder sourceId(String v) { sourceId = v; return this; }
        public Builder title(String v) { title = v; return this; }
        public Builder company(String v) { company = v; return this; }
        public Builder location(String v) { location = v; return this; }
        public Builder postalCode(String v) { postalCode = v; return this; }
        public Builder country(String v) { country = v; return this; }
        public Builder contract(String v) { contract = v; return this; }
        public Builder salaryText(String v) { salaryText = v; return this; }
        public Builder experienceText(String v) { experienceText = v; return this; }
        public Builder experienceRequirement(String v) { experienceRequirement = v; return this; }
        public Builder educationText(String v) { educationText = v; return this; }
        public Builder description(String v) { description = v; return this; }
        public Builder url(String v) { url = v; return this; }
        public Builder datePosted(String v) { datePosted = v; return this; }
        public Builder nafCode(String v) { nafCode = v; return this; }
        public Builder sectorLabel(String v) { sectorLabel = v; return this; }
        public Builder companySize(String v) { companySize = v; return this; }
        public Builder romeCode(String v) { romeCode = v; return this; }
        public Builder attributes(Map<String, String> v) { attributes = v; return this; }

        public RawPosting build() {
            return new RawPosting(source, sourceId, record, title, company, location, postalCode,
                    country, contract, salaryText, experienceText, experienceRequirement,
                    educationText, description, url, datePosted, nafCode, sectorLabel, companySize,
                    romeCode, attributes);
        }
    }
}
