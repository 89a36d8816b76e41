package io.litmine.cli;

import picocli.CommandLine.IVersionProvider;

/** Reports the jar's implementation version (from the shaded manifest), or "dev" in the IDE. */
final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String version = Litmine.class.getPackage().getImplementationVersion();
        return new String[] {"litmine " + (version == null ? "dev" : version)};
    }
}
