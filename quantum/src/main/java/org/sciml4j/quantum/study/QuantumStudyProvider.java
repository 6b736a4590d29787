package org.sciml4j.quantum.study;

import java.util.ArrayList;
import java.util.List;

import org.sciml4j.core.study.Study;
import org.sciml4j.core.study.StudyProvider;

/** The quantum module's studies: one {@link EigenStudy} per {@link EigenCase}. */
public final class QuantumStudyProvider implements StudyProvider {

    @Override
    public List<Study> studies() {
        List<Study> out = new ArrayList<>();
        for (EigenCase c : EigenCase.values()) {
            out.add(new EigenStudy(c));
        }
        return List.copyOf(out);
    }
}
