package io.techdir.job;

import io.techdir.check.Baseline;

/**
 * The baseline file's size and SHA-256 a report states (Methodology, manifest), and when they
 * were taken: a run reads its file; a rebuild states what the run recorded in the warehouse, or,
 * for a run that recorded none, the file as it is at the rebuild, and says so.
 *
 * @param file the described file; null when it could not be read
 * @param taken when {@code file} was read
 */
record BaselineFile(InputFile file, Taken taken) {

    /** When a baseline file's checksum was taken. */
    enum Taken {
        /** By the run itself, the one whose report this is. */
        RUN,
        /** By the run, recorded in its warehouse row; restored by a rebuild. */
        RECORDED,
        /** By a rebuild, from the file as it is now: the run recorded none. */
        REBUILD
    }

    BaselineFile {
        java.util.Objects.requireNonNull(taken, "taken");
    }

    /** The baseline's file read now, by the run. */
    static BaselineFile ofRun(Baseline b) {
        return new BaselineFile(InputFile.baseline(b), Taken.RUN);
    }

    /** For a rebuild: what the run recorded, else the file read now. */
    static BaselineFile restored(InputFile recorded, Baseline b) {
        return recorded != null ? new BaselineFile(recorded, Taken.RECORDED)
                : new BaselineFile(InputFile.baseline(b), Taken.REBUILD);
    }
}
