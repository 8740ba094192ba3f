/** The application's entry point; each subpackage is a Spring Modulith module. */
@NullMarked
package io.labelforce;

import org.jspecify.annotations.NullMarked;
