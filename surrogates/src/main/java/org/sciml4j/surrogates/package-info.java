/** SciML4J surrogates module. */
package org.sciml4j.surrogates;
