package io.techdir.posting;

/** Domain of a technical-director posting (NORMALIZATION.md, "Role domain"). */
public enum RoleDomain {
    IT_DIGITAL, INDUSTRY, CONSTRUCTION, FACILITIES_HOSPITALITY, CULTURE_EVENTS, SPORT, OTHER
}
