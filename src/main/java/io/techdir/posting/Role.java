package io.techdir.posting;

import java.util.Objects;

/**
 * A title's role classification.
 *
 * @param family the role family (never null; {@code OTHER} when nothing matched)
 * @param domain the domain, for {@code TECHNICAL_DIRECTOR} postings only (else null)
 * @param romeCode ROME code where the taxonomy knows it, else null
 * @param iscoCode ISCO-08 code where the taxonomy knows it, else null
 */
public record Role(RoleFamily family, RoleDomain domain, String romeCode, String iscoCode) {

    /** An unclassified title. */
    public static final Role OTHER = new Role(RoleFamily.OTHER, null, null, null);

    public Role {
        Objects.requireNonNull(family, "family");
    }
}
