package org.sciml4j.core.study;

import java.util.List;

/** Service interface through which a module contributes its studies (see {@link Study}). */
public interface StudyProvider {
    /** The studies of this module, in the order {@code sciml list} shows them. */
    List<Study> studies();
}
