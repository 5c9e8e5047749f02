class Box:
    def __init__(self, item):
        self.item = item

    def open(self, how):
        return self.item.unpack(how) * 2


def main():
    box = Box(5)
    print("opening", box.item)
    return len(box.open("carefully")) + 1


main()
