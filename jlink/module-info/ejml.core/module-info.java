// Generated once with: jdeps --ignore-missing-deps --multi-release 17 --generate-module-info <dir> <jar>
// (the jar is an automatic module; moditect add-module-info compiles this into it for jlink).
module ejml.core {
    exports org.ejml;
    exports org.ejml.concurrency;
    exports org.ejml.data;
    exports org.ejml.interfaces;
    exports org.ejml.interfaces.decomposition;
    exports org.ejml.interfaces.linsol;
    exports org.ejml.masks;
    exports org.ejml.ops;
    exports org.ejml.sparse;
    exports pabeles.concurrency;

}
