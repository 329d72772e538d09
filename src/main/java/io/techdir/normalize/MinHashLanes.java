package io.techdir.normalize;

import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * The minima of {@link MinHash} with the Vector API: each permutation's smallest permuted shingle
 * hash, for as many permutations at once as a vector register holds (sixteen with AVX-512). Loaded
 * only when the module {@code jdk.incubator.vector} is present ({@link MinHash} checks).
 */
final class MinHashLanes {

    private static final VectorSpecies<Integer> SPECIES = IntVector.SPECIES_PREFERRED;

    private MinHashLanes() {
    }

    /**
     * For each permutation {@code i}: the smallest unsigned {@code mul[i]·x + add[i]} over the
     * first {@code n} shingle hashes {@code x}, shifted right by one, into {@code mins[i]}. The sums
     * are taken with {@code addSigned[i] = add[i] + 2^31}, whose signed order is the unsigned order,
     * so that one signed minimum per lane does it. Two registers of permutations per pass over the
     * shingles share each broadcast hash.
     */
    static void minima(int[] shingles, int n, int[] mul, int[] addSigned, int[] mins) {
        int lanes = SPECIES.length();
        int b = 0;
        for (; b + 2 * lanes <= mins.length; b += 2 * lanes) {
            IntVector mulA = IntVector.fromArray(SPECIES, mul, b);
            IntVector addA = IntVector.fromArray(SPECIES, addSigned, b);
            IntVector mulB = IntVector.fromArray(SPECIES, mul, b + lanes);
            IntVector addB = IntVector.fromArray(SPECIES, addSigned, b + lanes);
            IntVector minA = IntVector.broadcast(SPECIES, Integer.MAX_VALUE);
            IntVector minB = minA;
            for (int s = 0; s < n; s++) {
                int x = shingles[s];
                minA = minA.min(mulA.mul(x).add(addA));
                minB = minB.min(mulB.mul(x).add(addB));
            }
            store(minA, mins, b);
            store(minB, mins, b + lanes);
        }
        for (; b < mins.length; b += lanes) {
            IntVector mulA = IntVector.fromArray(SPECIES, mul, b);
            IntVector addA = IntVector.fromArray(SPECIES, addSigned, b);
            IntVector minA = IntVector.broadcast(SPECIES, Integer.MAX_VALUE);
            for (int s = 0; s < n; s++) {
                minA = minA.min(mulA.mul(shingles[s]).add(addA));
            }
            store(minA, mins, b);
        }
    }

    /** Back to unsigned (minus 2^31 again), shifted right by one. */
    private static void store(IntVector signedMin, int[] mins, int at) {
        signedMin.lanewise(VectorOperators.XOR, Integer.MIN_VALUE)
                .lanewise(VectorOperators.LSHR, 1)
                .intoArray(mins, at);
    }
}
