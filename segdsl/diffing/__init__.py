"""`segdsl diff`: two versions of a definition → what changes for customers.

versions (check each side, re-root data) → compute (evaluated frames → MembershipDiff) →
render_text / render_markdown; gitref reads the old side from a commit; command wires the CLI.
"""
