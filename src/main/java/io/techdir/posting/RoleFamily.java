package io.techdir.posting;

/** Role family of a posting's title (NORMALIZATION.md, "Role family"). */
public enum RoleFamily {
    TECHNICAL_DIRECTOR, CIO, GENERAL_MANAGEMENT, INDUSTRIAL_DIRECTOR, SALES_DIRECTOR, OTHER
}
