"""Next year's draft from this year's, and a draft moved to another format.

- ``forward``: ``roll_forward(draft)`` → the new draft and every item to re-confirm.
- ``years``: year mentions in text, which of them move and which are written on purpose.
- ``conversion``: a draft moved to another report format by the mapping its pack declares.
"""
