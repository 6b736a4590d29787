/** SciML4J pinn module. */
package org.sciml4j.pinn;
