package org.backproplab.data;
