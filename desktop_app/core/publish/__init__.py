"""Publishing a draft: the page for the government portal (HTML), a PDF through LibreOffice,
and the submission package a unit sends to the county's 政务公开办."""
