/** Tests of the deployment artifacts: the Helm chart, the image and the deployment instructions. */
@NullMarked
package io.labelforce.deploy;

import org.jspecify.annotations.NullMarked;
