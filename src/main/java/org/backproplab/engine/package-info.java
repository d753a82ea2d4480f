/**
 * The pure mathematics of Backprop Lab: activations and losses with their derivatives, dense
 * layers, the network's forward and backward passes recorded as immutable {@link
 * org.backproplab.engine.Pass} objects, initialisers, optimisers, gradient checking and a scalar
 * computational graph. Deterministic given a seed. Depends on nothing but the JDK and the size
 * limits of {@code input} (checked by {@link org.backproplab.engine.Architecture}): never on
 * {@code javafx.*}, {@code data}, {@code sim}, {@code io}, {@code cli} or {@code ui}.
 */
package org.backproplab.engine;
