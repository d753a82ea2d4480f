package org.backproplab.engine;
