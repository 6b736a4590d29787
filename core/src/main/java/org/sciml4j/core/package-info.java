/** SciML4J core module. */
package org.sciml4j.core;
