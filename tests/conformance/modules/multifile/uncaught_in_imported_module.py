print("before")
import raises_on_import
print("not reached")
