package io.techdir.posting;

/** Normalized contract type. {@code OTHER} when stated but unrecognised. */
public enum ContractType { CDI, CDD, INTERIM, FREELANCE, APPRENTICESHIP, INTERNSHIP, OTHER }
