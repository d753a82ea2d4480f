package org.backproplab.ui;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;

/**
 * The strip shown while a lab loads in the background: a spinning progress indicator, what is
 * being done ("Loading the data of datasets/digits8x8.csv…") and Cancel. Hidden otherwise; the
 * current run stays usable underneath.
 */
final class LoadingBar extends HBox {

    /** @param vm the view-model whose {@link MainViewModel#busyProperty()} it follows */
    LoadingBar(MainViewModel vm) {
        ProgressIndicator spinner = new ProgressIndicator(ProgressIndicator.INDETERMINATE_PROGRESS);
        spinner.setPrefSize(18, 18);
        Label text = new Label();
        text.setId("loadingText");
        text.textProperty().bind(vm.busyTextProperty());
        Button cancel = new Button("Cancel");
        cancel.setId("cancelLoadingButton");
        cancel.setOnAction(e -> vm.cancelLoading());
        getChildren().addAll(spinner, text, cancel);
        setId("loadingBar");
        getStyleClass().add("loading-bar");
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(10);
        setStyle("-fx-padding: 4 10 4 10;");
        visibleProperty().bind(vm.busyProperty());
        managedProperty().bind(vm.busyProperty());
    }
}
