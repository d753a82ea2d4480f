// Generated once with: jdeps --ignore-missing-deps --multi-release 17 --generate-module-info <dir> <jar>
// (the jar is an automatic module; moditect add-module-info compiles this into it for jlink).
module ejml.simple {
    requires ejml.ddense;

    requires transitive ejml.core;

    exports org.ejml.equation;
    exports org.ejml.simple;
    exports org.ejml.simple.ops;

}
