package org.sciml4j.pinn.study;

import java.nio.file.Files;
import org.sciml4j.core.study.Progress;
import org.sciml4j.core.study.RunRecord;
import org.sciml4j.core.study.Settings;
import org.sciml4j.core.study.Study;
import org.sciml4j.core.study.StudyContext;

/** Developer runner (not a test): java ... RunStudy name [key=value ...]. */
public final class RunStudy {
    public static void main(String[] args) throws Exception {
        Study st = new PinnStudies().studies().stream().filter(s -> s.name().equals(args[0])).findFirst().orElseThrow();
        Settings s = st.defaults();
        for (int i = 1; i < args.length; i++) {
            String[] kv = args[i].split("=", 2);
            s = s.parse(kv[0], kv[1]);
        }
        long t0 = System.nanoTime();
        Progress p = new Progress() {
            @Override
            public void log(String line) {
                System.out.printf("[%6.1fs] %s%n", (System.nanoTime() - t0) * 1e-9, line);
            }
        };
        RunRecord r = st.run(new StudyContext(s, 1234L, Files.createTempDirectory("pinn"), p));
        System.out.println(r.errors() + " " + r.timings() + " " + r.metrics());
    }
}
