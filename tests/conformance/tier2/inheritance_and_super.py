# Tier 2: single inheritance, method overriding and super().
class Animal:
    def __init__(self, name):
        self.name = name
    def speak(self):
        return self.name + " makes a sound"
    def describe(self):
        return "I am " + self.name + ": " + self.speak()
class Dog(Animal):
    def __init__(self, name, trick):
        super().__init__(name)
        self.trick = trick
    def speak(self):
        return self.name + " barks and can " + self.trick
class Puppy(Dog):
    def speak(self):
        return super().speak() + " (quietly)"
for a in [Animal("generic"), Dog("rex", "sit"), Puppy("bit", "roll")]:
    print(a.describe(), isinstance(a, Animal), isinstance(a, Dog), type(a).__name__)
print(issubclass(Puppy, Animal), issubclass(Animal, Dog))
