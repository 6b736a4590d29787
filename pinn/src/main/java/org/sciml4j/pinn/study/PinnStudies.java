package org.sciml4j.pinn.study;

import java.util.List;
import org.sciml4j.core.study.Study;
import org.sciml4j.core.study.StudyProvider;

/** The PINN studies: {@code poisson-1d}, {@code poisson-2d} and the {@code demo} main job. */
public final class PinnStudies implements StudyProvider {

    @Override
    public List<Study> studies() {
        return List.of(new Poisson1dStudy("poisson-1d",
                        "PINN for -u'' = pi^2 sin(pi x) on [0,1], u(0)=u(1)=0, MLP 1-50-50-50-1, Adam then LM"),
                new Poisson1dStudy("demo", "main job: PINN demo"),
                new Poisson2dStudy());
    }

    /** Parses "50,50,50" into widths. */
    static int[] widths(String text) {
        String[] parts = text.split(",");
        int[] w = new int[parts.length];
        for (int i = 0; i < parts.length; i++) {
            try {
                w[i] = Integer.parseInt(parts[i].trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("hidden widths must be comma-separated integers such as 50,50,50, got '"
                        + text + "'");
            }
        }
        return w;
    }
}
