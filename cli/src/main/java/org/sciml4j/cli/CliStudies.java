package org.sciml4j.cli;

import org.sciml4j.core.study.Study;
import org.sciml4j.core.study.StudyProvider;

import java.util.List;

/**
 * Studies contributed by the cli module: {@code validation} (all registered convergence studies) and
 * {@code demo}, the main job, which runs a sequence of other registered studies.
 */
public final class CliStudies implements StudyProvider {

    @Override
    public List<Study> studies() {
        return List.of(new MainJobStudy(name -> Studies.load().require(name)), new ValidationStudy());
    }
}
