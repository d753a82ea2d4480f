package org.backproplab.sim;
