package org.sciml4j.cli;

import org.sciml4j.core.study.Study;
import org.sciml4j.core.study.Settings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

/**
 * {@code sciml list}: one line per registered study, name and description; with {@code --settings}, each
 * study's settings (key, default, description) follow its line.
 */
@Command(name = "list", mixinStandardHelpOptions = true, description = "List the studies (name and description).")
final class ListCommand implements Callable<Integer> {

    @Option(names = {"-s", "--settings"}, description = "also show each study's settings (--set KEY=VALUE)")
    boolean settings;

    @Option(names = {"-v", "--verbose"}, description = "show stack traces of failures")
    boolean verbose;

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
            if (settings) {
                for (Settings.Entry e : s.defaults().entries().values()) {
                    out.println(String.format("    --set %s=%s  %s", e.key(), e.value(), e.description()));
                }
            }
        }
        out.flush();
        return 0;
    }
}
