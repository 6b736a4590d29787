/** The validation report: runs every registered convergence study and writes docs/VALIDATION.md. */
package org.sciml4j.validation.report;
