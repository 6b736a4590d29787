/** SciML4J plots module. */
package org.sciml4j.plots;
