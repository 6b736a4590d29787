/** SciML4J operators module. */
package org.sciml4j.operators;
