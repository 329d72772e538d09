package io.techdir.report;

/**
 * The CRC-32 of a concatenation from the CRC-32s of its parts (zlib's {@code crc32_combine}: the
 * first CRC is advanced over {@code len2} zero bytes by repeated squaring of the GF(2) shift
 * operator), so parts compressed at different times can form one zip entry without reading them
 * again.
 */
final class Crc32Combine {

    /** The CRC-32 polynomial, reflected. */
    private static final long POLY = 0xEDB88320L;

    private Crc32Combine() {
    }

    /** The CRC-32 of {@code a + b}, given {@code crc(a)}, {@code crc(b)} and the length of {@code b}. */
    static long combine(long crc1, long crc2, long len2) {
        if (len2 <= 0) {
            return crc1;
        }
        long[] even = new long[32]; // operator for an even power of two zero bits
        long[] odd = new long[32]; // operator for an odd power of two zero bits
        odd[0] = POLY; // one zero bit
        long row = 1;
        for (int n = 1; n < 32; n++) {
            odd[n] = row;
            row <<= 1;
        }
        square(even, odd); // two zero bits
        square(odd, even); // four zero bits
        long crc = crc1;
        long len = len2;
        do {
            square(even, odd); // first time: one zero byte
            if ((len & 1) != 0) {
                crc = times(even, crc);
            }
            len >>= 1;
            if (len == 0) {
                break;
            }
            square(odd, even);
            if ((len & 1) != 0) {
                crc = times(odd, crc);
            }
            len >>= 1;
        } while (len != 0);
        return crc ^ crc2;
    }

    private static long times(long[] matrix, long vector) {
        long sum = 0;
        long v = vector;
        for (int i = 0; v != 0; i++, v >>>= 1) {
            if ((v & 1) != 0) {
                sum ^= matrix[i];
            }
        }
        return sum;
    }

    private static void square(long[] result, long[] matrix) {
        for (int n = 0; n < 32; n++) {
            result[n] = times(matrix, matrix[n]);
        }
    }
}
