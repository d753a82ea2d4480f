package org.backproplab.io;
