package io.techdir.posting;

/** Remote-work arrangement stated by a posting. */
public enum RemoteWork { ON_SITE, HYBRID, REMOTE }
