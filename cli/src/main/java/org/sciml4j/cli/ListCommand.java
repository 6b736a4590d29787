package org.sciml4j.cli;

import org.sciml4j.core.study.Study;
import picocli.CommandLine.Command;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

/** {@code sciml list}: one line per registered study, name and description. */
@Command(name = "list", mixinStandardHelpOptions = true, description = "List the studies (name and description).")
final class ListCommand implements Callable<Integer> {

    private final Studies studies;
    private final PrintWriter out;

    ListCommand(Studies studies, PrintWriter out) {
        this.studies = studies;
        this.out = out;
    }

    @Override
    public Integer call() {
        int width = 8;
        for (Study s : studies.all()) {
            width = Math.max(width, s.name().length());
        }
        for (Study s : studies.all()) {
            out.println(String.format("%-" + width + "s  %s", s.name(), s.description()));
        }
        out.flush();
        return 0;
    }
}
