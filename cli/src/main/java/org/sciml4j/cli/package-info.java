/** SciML4J cli module. */
package org.sciml4j.cli;
