package org.backproplab.ui.graphlab;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.backproplab.engine.ScalarGraph;
import org.backproplab.engine.graph.GraphTrace;

/**
 * Where each node goes: its column is its depth (longest path from a leaf; a constant sits
 * just left of its first user), so the graph reads left to right in topological order; within
 * a column, nodes are ordered by the mean row of their inputs to keep edges short.
 *
 * @param column   each node's column
 * @param row      each node's row within its column
 * @param rows     nodes in each column
 * @param columns  number of columns
 */
record GraphLayout(int[] column, int[] row, int[] rows, int columns) {

    static GraphLayout of(GraphTrace t) {
        int n = t.nodes().size();
        int[] depth = new int[n];
        for (GraphTrace.Node node : t.nodes()) {
            for (int in : node.inputs()) {
                depth[node.id()] = Math.max(depth[node.id()], depth[in] + 1);
            }
        }
        for (GraphTrace.Node node : t.nodes()) {
            if (node.op().equals(ScalarGraph.CONST)) {
                int first = Integer.MAX_VALUE;
                for (int user : t.consumers(node.id())) {
                    first = Math.min(first, depth[user]);
                }
                if (first != Integer.MAX_VALUE) {
                    depth[node.id()] = Math.max(0, first - 1);
                }
            }
        }
        int columns = 0;
        for (int d : depth) {
            columns = Math.max(columns, d + 1);
        }
        List<List<Integer>> byColumn = new ArrayList<>();
        for (int c = 0; c < columns; c++) {
            byColumn.add(new ArrayList<>());
        }
        for (int i = 0; i < n; i++) {
            byColumn.get(depth[i]).add(i);
        }
        double[] at = new double[n];
        int[] row = new int[n];
        int[] rows = new int[columns];
        for (int c = 0; c < columns; c++) {
            List<Integer> col = byColumn.get(c);
            if (c > 0) {
                col.sort(Comparator.comparingDouble(i -> meanInputPosition(t.nodes().get(i), at, i)));
            }
            rows[c] = col.size();
            for (int r = 0; r < col.size(); r++) {
                row[col.get(r)] = r;
                at[col.get(r)] = (r + 0.5) / col.size();
            }
        }
        return new GraphLayout(depth, row, rows, Math.max(1, columns));
    }

    private static double meanInputPosition(GraphTrace.Node node, double[] at, int id) {
        if (node.inputs().isEmpty()) {
            return id * 1e-6;
        }
        double sum = 0;
        for (int in : node.inputs()) {
            sum += at[in];
        }
        return sum / node.inputs().size() + id * 1e-9;
    }
}
