package org.backproplab.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * The vectorised kernels run exactly when the vector module is in the boot layer and
 * {@code backproplab.simd} is not "false": the build runs the engine tests once each way
 * (pom.xml), and this test makes sure each run really exercises the kernels it means to.
 */
class SimdSelectionTest {

    @Test
    void theModuleAndThePropertyChooseTheKernels() {
        boolean moduleLoaded = ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent();
        boolean allowed = !"false".equals(System.getProperty("backproplab.simd"));
        assertEquals(moduleLoaded && allowed, Simd.ENABLED);
    }

    @Test
    void paddingRoundsUpToWholePairsOfVectors() {
        assertEquals(0, Simd.padded(0));
        assertEquals(16, Simd.padded(1));
        assertEquals(16, Simd.padded(16));
        assertEquals(32, Simd.padded(17));
        assertEquals(160, Simd.padded(150));
    }
}
