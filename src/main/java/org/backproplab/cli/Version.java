package org.backproplab.cli;

import picocli.CommandLine.IVersionProvider;

/** {@code --version}: the program's version, as the module descriptor records it. */
final class Version implements IVersionProvider {

    /** @return the version, e.g. {@code 1.0.0}, or "development build" when run outside a module */
    static String number() {
        return Main.class.getModule().getDescriptor() == null ? "development build"
                : Main.class.getModule().getDescriptor().rawVersion().orElse("development build");
    }

    @Override
    public String[] getVersion() {
        return new String[] {"backprop-lab " + number()};
    }
}
