"""The model library the language calls: training, safe storage, and compilation to Polars.

Kept import-light on purpose: `segdsl validate` imports this package and must never pull in
scikit-learn or skops, so every submodule that needs them is imported by name where it is used
(`segdsl.models.train`, `.store`, `.native`, `.profile`). `.params` and `.frames` are light.
"""

MODEL_KINDS = ("logistic_regression", "decision_tree", "random_forest", "gradient_boosting", "kmeans")
CLASSIFIER_KINDS = MODEL_KINDS[:4]
