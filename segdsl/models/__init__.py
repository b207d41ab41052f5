"""The model library the language calls: training, safe storage, and compilation to Polars.

Kept import-light on purpose: `segdsl validate` imports this package and must never pull in
scikit-learn or skops, so every submodule that needs them is imported by name where it is used
(`segdsl.models.train`, `.store`, `.native`, `.profile`). `.params`, `.frames`, `.sidecar` and
`.cards` are light.
"""

# Classifiers take a true/false label (binary) or a text label (multi-class); regressors a number.
CLASSIFIER_KINDS = ("logistic_regression", "decision_tree", "random_forest", "gradient_boosting")
REGRESSION_KINDS = ("ridge_regression", "decision_tree_regression", "random_forest_regression",
                    "gradient_boosting_regression")
MODEL_KINDS = (*CLASSIFIER_KINDS, *REGRESSION_KINDS, "kmeans")
