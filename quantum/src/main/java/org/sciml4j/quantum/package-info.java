/** SciML4J quantum module. */
package org.sciml4j.quantum;
