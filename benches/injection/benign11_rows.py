# rows
from benign11_written import add, j  # noqa
