package org.backproplab.engine.graph;

import java.util.ArrayList;
import java.util.List;

/**
 * d(output)/d(node) the long way, as the lecture writes it: the sum over every path from the
 * node to the output of the product of the local derivatives along the path
 * (∂e/∂b = ∂e/∂c·∂c/∂b + ∂e/∂d·∂d/∂b = 2·1 + 3·1 = 5). It also counts the work: the edge
 * derivatives multiplied in over all paths, against the edges reverse mode visits once for
 * every node's gradient at the same time.
 *
 * @param node          the node
 * @param paths         the paths, at most {@link #MAX_LISTED} of them (all when {@code pathCount} is not larger)
 * @param pathCount     how many paths there are (saturating at {@link Long#MAX_VALUE})
 * @param pathFactors   edge derivatives multiplied in over all paths (saturating)
 * @param sum           the sum of the listed paths' products (the gradient when all are listed)
 */
public record PathSum(int node, List<Path> paths, long pathCount, long pathFactors, double sum) {
    /** Most paths written out. */
    public static final int MAX_LISTED = 64;

    /**
     * One path from the node up to the output.
     *
     * @param nodes   node ids from the node to the output
     * @param factors the local derivative of each edge along it, from the node's end
     * @param product their product
     */
    public record Path(List<Integer> nodes, List<Double> factors, double product) {
        /** Copies the lists. */
        public Path {
            nodes = List.copyOf(nodes);
            factors = List.copyOf(factors);
        }
    }

    /** Copies the list. */
    public PathSum {
        paths = List.copyOf(paths);
    }

    /**
     * @param trace a graph
     * @param node  a node id
     * @return the paths from that node to the output, with their products
     */
    public static PathSum of(GraphTrace trace, int node) {
        int n = trace.nodes().size();
        List<List<Integer>> users = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            users.add(new ArrayList<>());
        }
        for (GraphTrace.Node u : trace.nodes()) {
            for (int in : u.inputs()) {
                if (!users.get(in).contains(u.id())) {
                    users.get(in).add(u.id());
                }
            }
        }
        // count[i] = paths from i to the output; factors[i] = edges summed over those paths
        long[] count = new long[n];
        long[] factors = new long[n];
        for (int i = n - 1; i >= 0; i--) {
            if (i == trace.outputId()) {
                count[i] = 1;
                continue;
            }
            for (int u : users.get(i)) {
                if (u > trace.outputId()) {
                    continue; // evaluated after the output: not on any path to it
                }
                long edges = multiplicity(trace.nodes().get(u), i);
                count[i] = saturatingAdd(count[i], saturatingMultiply(edges, count[u]));
                // each path through u gains this edge: factors(u) plus count(u) new factors
                factors[i] = saturatingAdd(factors[i], saturatingMultiply(edges, saturatingAdd(factors[u], count[u])));
            }
        }
        List<Path> listed = new ArrayList<>();
        walk(trace, users, count, node, new ArrayList<>(List.of(node)), new ArrayList<>(), 1.0, listed);
        double sum = 0;
        for (Path p : listed) {
            sum += p.product();
        }
        return new PathSum(node, listed, count[node], factors[node], sum);
    }

    // depth-first from the node towards the output, listing up to MAX_LISTED paths
    private static void walk(GraphTrace trace, List<List<Integer>> users, long[] count, int at, List<Integer> nodes,
                             List<Double> factors, double product, List<Path> out) {
        if (out.size() >= MAX_LISTED) {
            return;
        }
        if (at == trace.outputId()) {
            out.add(new Path(nodes, factors, product));
            return;
        }
        for (int u : users.get(at)) {
            if (u > trace.outputId() || count[u] == 0) {
                continue; // no path to the output through it
            }
            GraphTrace.Node user = trace.nodes().get(u);
            // x * x uses x twice: two edges, two paths
            for (int k = 0; k < user.inputs().size(); k++) {
                if (user.inputs().get(k) != at) {
                    continue;
                }
                double d = user.localDerivatives().get(k);
                nodes.add(u);
                factors.add(d);
                walk(trace, users, count, u, nodes, factors, product * d, out);
                nodes.remove(nodes.size() - 1);
                factors.remove(factors.size() - 1);
            }
        }
    }

    private static long multiplicity(GraphTrace.Node user, int input) {
        return user.inputs().stream().filter(i -> i == input).count();
    }

    private static long saturatingAdd(long a, long b) {
        long s = a + b;
        return s < 0 ? Long.MAX_VALUE : s;
    }

    private static long saturatingMultiply(long a, long b) {
        return b != 0 && a > Long.MAX_VALUE / b ? Long.MAX_VALUE : a * b;
    }

    /** @return whether every path is listed (so {@link #sum} is the whole gradient) */
    public boolean complete() {
        return pathCount <= paths.size();
    }
}
