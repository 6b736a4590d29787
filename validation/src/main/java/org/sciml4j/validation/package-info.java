/** SciML4J validation module. */
package org.sciml4j.validation;
